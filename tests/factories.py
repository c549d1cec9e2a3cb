import factory

from newsrooms.models import Newsroom


class NewsroomFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Newsroom
        django_get_or_create = ("slug",)

    slug = factory.Sequence(lambda n: f"newsroom-{n}")
    name = factory.LazyAttribute(lambda o: o.slug.title())
